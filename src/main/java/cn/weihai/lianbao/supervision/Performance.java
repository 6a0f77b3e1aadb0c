package cn.weihai.lianbao.supervision;

/**
 * How one group of connected tracks did against its time limits.
 *
 * @param group          a service or district enum name, or a month as yyyy-MM
 * @param connected      tracks connected
 * @param onTime         of which by their due date
 * @param avgWorkingDays average working days used, the applicant's waits excluded
 */
public record Performance(String group, long connected, long onTime, double avgWorkingDays) {
    /** Share connected on time, 0..1; 0 for an empty group. */
    public double onTimeRate() {
        return connected == 0 ? 0 : (double) onTime / connected;
    }
}
