package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;

/** The construction project the connections are for. {@code code} is the approval system's project code. */
public record Project(String name, String code, String address, District district, ConstructionType constructionType) {
}
