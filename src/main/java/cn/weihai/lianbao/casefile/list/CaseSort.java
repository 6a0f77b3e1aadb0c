package cn.weihai.lianbao.casefile.list;

/** One sort key of the case list; the list always ends with the case number to keep paging stable. */
public record CaseSort(Column column, boolean descending) {

    /** The sortable columns; a grid column's sort property is the constant's name. */
    public enum Column {
        CASE_NUMBER("case_number"), ACCEPTED_ON("accepted_on"), APPLICANT("applicant_name"),
        PROJECT("project_name"), DISTRICT("district"), CHANNEL("channel"), STATUS("status");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    /** Newest accepted first: the list's default order. */
    public static final CaseSort NEWEST_FIRST = new CaseSort(Column.ACCEPTED_ON, true);
}
