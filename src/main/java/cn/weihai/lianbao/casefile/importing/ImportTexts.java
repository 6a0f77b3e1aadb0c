package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.shared.LocalizedMessages;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** A problem of an import file in words: "第 3 行 统一社会信用代码：…" for the downloads, the message alone for grids. */
@Component
public class ImportTexts {
    private final LocalizedMessages messages;

    public ImportTexts(LocalizedMessages messages) {
        this.messages = messages;
    }

    public String message(RowProblem p, Locale locale) {
        return messages.get(p.messageKey(), p.args(), locale);
    }

    /** The column's header, or the "whole row" word when the problem is not in one column. */
    public String column(RowProblem p, Locale locale) {
        return p.column() == null ? messages.get("import.column.none", locale) : p.column().header();
    }

    public String withColumn(RowProblem p, Locale locale) {
        return p.column() == null ? message(p, locale)
                : messages.get("import.problem.inColumn", locale, p.column().header(), message(p, locale));
    }
}
