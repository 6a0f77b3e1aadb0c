package cn.weihai.lianbao.supervision.ui;

import java.util.List;
import java.util.Locale;

/**
 * Small charts rendered on the server as SVG markup (no chart component or front-end bundle needed): horizontal
 * bars for categories, a line for months. Every text is escaped; an empty series shows {@code emptyText}.
 */
public final class SvgChart {
    /** One bar or point: its axis label, its value and the value as written beside it. */
    public record Datum(String label, double value, String valueText) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 120;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int TOP = 30;

    private SvgChart() {
    }

    /** Horizontal bars from 0 to {@code max} (at least the largest value), one row per datum. */
    public static String bars(String title, List<Datum> data, double max, String emptyText) {
        if (data.isEmpty()) {
            return empty(title, emptyText);
        }
        double top = Math.max(max, data.stream().mapToDouble(Datum::value).max().orElse(0));
        int height = TOP + data.size() * (BAR_HEIGHT + GAP) + 10;
        int plot = WIDTH - LABEL_WIDTH - 70;
        StringBuilder svg = open(title, height);
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            double w = top <= 0 ? 0 : plot * Math.max(0, d.value()) / top;
            svg.append(text(LABEL_WIDTH - 6, y + 16, "end", "lb-chart-label", d.label()));
            svg.append("<rect class=\"lb-chart-bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"#1676f3\"><title>").append(escape(d.label() + ": " + d.valueText()))
                    .append("</title></rect>");
            svg.append(text((int) (LABEL_WIDTH + w + 6), y + 16, "start", "lb-chart-value", d.valueText()));
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(TOP - 4).append("\" x2=\"")
                .append(LABEL_WIDTH).append("\" y2=\"").append(height - 10).append("\" stroke=\"#888\"/>");
        return svg.append("</svg>").toString();
    }

    /** A line through the data in order (e.g. months), with the value at each point and the labels below. */
    public static String line(String title, List<Datum> data, String emptyText) {
        if (data.isEmpty()) {
            return empty(title, emptyText);
        }
        int height = 240;
        int left = 40;
        int bottom = height - 40;
        int plotHeight = bottom - TOP - 10;
        double top = Math.max(1, data.stream().mapToDouble(Datum::value).max().orElse(1));
        double step = data.size() == 1 ? 0 : (WIDTH - left - 30) / (double) (data.size() - 1);
        StringBuilder svg = open(title, height);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(bottom).append("\" stroke=\"#888\"/>");
        svg.append(text(left - 6, TOP + 14, "end", "lb-chart-axis", fmt(top)));
        svg.append(text(left - 6, bottom, "end", "lb-chart-axis", "0"));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            double x = left + 10 + i * step;
            double y = bottom - plotHeight * Math.max(0, d.value()) / top;
            points.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            svg.append("<circle class=\"lb-chart-point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"4\" fill=\"#d93025\"><title>").append(escape(d.label() + ": " + d.valueText()))
                    .append("</title></circle>");
            svg.append(text((int) x, (int) y - 8, "middle", "lb-chart-value", d.valueText()));
            svg.append(text((int) x, bottom + 18, "middle", "lb-chart-label", d.label()));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#d93025\" stroke-width=\"2\" points=\"").append(points)
                .append("\"/>");
        return svg.append("</svg>").toString();
    }

    private static String empty(String title, String emptyText) {
        return open(title, 80).append(text(WIDTH / 2, 55, "middle", "lb-chart-empty", emptyText))
                .append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lb-chart\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"100%\" ")
                .append("style=\"max-width:").append(WIDTH).append("px\" font-size=\"12\" aria-label=\"")
                .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>")
                .append(text(0, 16, "start", "lb-chart-title", title).replace("<text ",
                        "<text font-weight=\"bold\" font-size=\"14\" "));
    }

    private static String text(int x, int y, String anchor, String cssClass, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">"
                + escape(content) + "</text>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text and attribute escaping. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
