package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.UtilityService;

/** The limit a track was accepted under, in working days; the plan-reply limit only for 35 kV and above. */
public record TrackLimit(UtilityService service, int workingDays, Integer planReplyWorkingDays) {
}
