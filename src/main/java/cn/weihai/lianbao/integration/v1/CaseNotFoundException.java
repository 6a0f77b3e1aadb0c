package cn.weihai.lianbao.integration.v1;

/** No case with this number (404). */
public class CaseNotFoundException extends RuntimeException {
    private final String caseNumber;

    public CaseNotFoundException(String caseNumber) {
        super("no case " + caseNumber);
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
