package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/** A small coloured label for a status; the colour comes from lianbao.css ({@code lb-badge--<name>}). */
public class Badge extends Span {
    public Badge(String text, Enum<?> status) {
        super(text);
        addClassName("lb-badge");
        if (status != null) {
            addClassName("lb-badge--" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    public static Badge of(Enum<?> status) {
        return new Badge(Labels.of(status), status);
    }
}
