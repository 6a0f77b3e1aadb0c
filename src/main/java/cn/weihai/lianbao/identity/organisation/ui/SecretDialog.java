package cn.weihai.lianbao.identity.organisation.ui;

import cn.weihai.lianbao.identity.apikey.IssuedApiKey;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The new key, shown this once: only its hash is stored, so closing the dialog loses it for good. */
class SecretDialog extends Dialog {
    final TextField secret = new TextField(Labels.text("apikey.secret.label"));

    SecretDialog(IssuedApiKey issued) {
        setId("secret-dialog");
        setHeaderTitle(Labels.text("apikey.secret.title", issued.key().label()));
        setCloseOnOutsideClick(false);
        secret.setId("secret-value");
        secret.setValue(issued.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addFocusListener(focus -> secret.getElement().executeJs("this.inputElement.select()"));
        Paragraph hint = new Paragraph(Labels.text("apikey.secret.hint"));
        hint.setId("secret-hint");
        Paragraph usage = new Paragraph(Labels.text("apikey.secret.usage"));
        add(secret, hint, usage);
        setWidth("42rem");
        Button done = new Button(Labels.text("apikey.secret.done"), click -> close());
        done.setId("secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
