package cn.weihai.lianbao.hotline;

import java.util.List;

/** One paragraph of the trace view: a stable id (for tests), a title and plain-Chinese lines. */
public record TraceParagraph(String id, String title, List<String> lines) {
    public TraceParagraph {
        lines = List.copyOf(lines);
    }
}
