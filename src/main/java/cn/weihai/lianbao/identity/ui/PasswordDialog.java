package cn.weihai.lianbao.identity.ui;

import cn.weihai.lianbao.identity.PasswordChange;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;

/** The signed-in user's own password change (修改密码), with the password rules' messages on the fields. */
public class PasswordDialog extends Dialog {
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public PasswordDialog(PasswordChange passwords, String username) {
        setHeaderTitle(getTranslation("security.password.title"));
        current.setLabel(getTranslation("security.password.current"));
        current.setId("password-current");
        password.setLabel(getTranslation("security.password.new"));
        password.setHelperText(getTranslation("security.password.rules"));
        password.setId("password-new");
        repeat.setLabel(getTranslation("security.password.repeat"));
        repeat.setId("password-repeat");
        add(new VerticalLayout(current, password, repeat));

        Button save = new Button(getTranslation("security.password.save"), click -> {
            Map<String, PasswordField> fields = Map.of("current", current, "password", password, "repeat", repeat);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                passwords.change(username, current.getValue(), password.getValue(), repeat.getValue());
                Notification.show(getTranslation("security.password.changed"));
                close();
            } catch (InvalidInputException e) {
                for (FieldViolation v : e.violations()) {
                    PasswordField field = fields.get(v.field());
                    if (field != null && !field.isInvalid()) {
                        field.setErrorMessage(getTranslation(v.messageKey(), v.args().toArray()));
                        field.setInvalid(true);
                    }
                }
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("security.password.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
