package cn.weihai.lianbao.supervision;

/** The dashboard's tiles: open tracks, of which due soon (临期) and overdue (超期), and connected tracks. */
public record SupervisionCounts(long open, long dueSoon, long overdue, long completed) {
}
