package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.UtilityService;

/** A fact about one utility's track. */
public interface TrackEvent extends CaseEvent {
    UtilityService service();
}
