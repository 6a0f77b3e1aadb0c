package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.casefile.ui.ActionDialog;
import cn.weihai.lianbao.casefile.ui.CaseActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A complaint action in a dialog (the case's action dialog without a business date: a complaint step happens
 * when it is recorded). Ids: {@code <id>-save}, {@code -cancel}, {@code -error}.
 */
public class ComplaintDialog extends ActionDialog {
    final Button save;

    public ComplaintDialog(CaseActions actions, String id, String titleKey, String saveKey) {
        super(actions, id, titleKey, saveKey);
        save = saveButton();
    }

    @Override
    public ComplaintDialog field(String name, Component field) {
        super.field(name, field);
        return this;
    }

    @Override
    public ComplaintDialog onSave(SerializableSupplier<Object> command, SerializableRunnable done) {
        super.onSave(command, done);
        return this;
    }
}
