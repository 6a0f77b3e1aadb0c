package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;

/** What a Karibu page shows as text, to catch untranslated message keys. */
public final class PageTexts {
    /** A message key shown instead of its text: I18n renders a missing key as "!key". */
    private static final Pattern RAW_KEY = Pattern.compile("![a-z]+(\\.[A-Za-z_-]+)+");

    private PageTexts() {
    }

    /** Every text on the current page, including grid headers and cells and card titles. */
    public static String all() {
        List<String> texts = new ArrayList<>();
        texts.add(get_textRecursively(UI.getCurrent()));
        descendants(UI.getCurrent()).forEach(c -> {
            if (c instanceof Grid<?> grid) {
                grid.getColumns().forEach(column -> texts.add(column.getHeaderText()));
                for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
                    texts.addAll(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row));
                }
            }
            if (c instanceof Card card && card.getTitleAsText() != null) {
                texts.add(card.getTitleAsText());
            }
        });
        return String.join("\n", texts);
    }

    /** The message keys among {@link #all()}, if any slipped through untranslated. */
    public static List<String> rawKeys() {
        return RAW_KEY.matcher(all()).results().map(r -> r.group()).toList();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(PageTexts::descendants));
    }
}
