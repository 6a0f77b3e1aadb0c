package cn.weihai.lianbao.deadline;

/**
 * A track's statutory limit in working days. {@code planReplyWorkingDays} is set only for electricity at
 * 35 kV and above, where the supply-plan reply (供电方案答复) runs its own clock.
 */
public record TimeLimit(int workingDays, Integer planReplyWorkingDays) {
    public static TimeLimit of(int workingDays) {
        return new TimeLimit(workingDays, null);
    }
}
