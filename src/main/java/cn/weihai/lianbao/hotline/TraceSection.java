package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.ui.EventDescriptions.Texts;

/**
 * Extension point of the trace view (案件追溯): every Spring bean of this type adds one paragraph, in
 * {@link org.springframework.core.annotation.Order} order (built-in: 10 tracks, 20 timeline, 30 supervision
 * orders). The complaints package plugs in its earlier complaint answers the same way (e.g. order 40).
 */
public interface TraceSection {

    /** The paragraph for this case, or null when there is nothing to say. */
    TraceParagraph describe(TraceInput input, Texts texts);
}
