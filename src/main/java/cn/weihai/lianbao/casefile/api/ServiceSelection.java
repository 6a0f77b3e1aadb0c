package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

/** One ticked item of the menu with its conditions. */
public record ServiceSelection(UtilityService service, boolean externalWorks, PowerCategory powerCategory) {
    public static ServiceSelection of(UtilityService service) {
        return new ServiceSelection(service, false, null);
    }
}
