package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs laid out in columns (a read-only form). */
public class Fields extends Div {
    public Fields() {
        addClassName("lb-fields");
    }

    /** Adds a pair; a blank value shows as "—". */
    public Fields add(String labelKey, String value) {
        return add(labelKey, new Span(Labels.orEmpty(value)));
    }

    public Fields add(String labelKey, Component value) {
        add(field(labelKey, value));
        return this;
    }

    /** Adds a pair that takes a whole row, for longer content such as lists. */
    public Fields addWide(String labelKey, Component value) {
        Div field = field(labelKey, value);
        field.addClassName("lb-field--wide");
        add(field);
        return this;
    }

    private static Div field(String labelKey, Component value) {
        Span label = new Span(Labels.text(labelKey));
        label.addClassName("lb-field-label");
        value.getElement().getClassList().add("lb-field-value");
        Div field = new Div(label, value);
        field.addClassName("lb-field");
        return field;
    }
}
