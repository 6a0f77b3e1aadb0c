package cn.weihai.lianbao.casefile.api;

/** Departments giving opinions in the external-works joint approval (外线工程联合审批). */
public enum Department {
    HOUSING_CONSTRUCTION("市住房城乡建设局"),
    TRAFFIC_POLICE("市公安局交警支队"),
    NATURAL_RESOURCES_PLANNING("市自然资源和规划局"),
    WATER_AFFAIRS("市水务局"),
    BIG_DATA("市大数据局"),
    /** The road-works branch, concerned whenever a highway is touched (涉路工程施工审批). */
    HIGHWAY("公路管理部门（涉路工程）");

    private final String chineseName;

    Department(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
