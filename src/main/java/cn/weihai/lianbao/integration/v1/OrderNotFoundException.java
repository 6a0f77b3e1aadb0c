package cn.weihai.lianbao.integration.v1;

/** The case exists but has no supervision order with that number (404). */
class OrderNotFoundException extends RuntimeException {
    private final String caseNumber;
    private final int number;

    OrderNotFoundException(String caseNumber, int number) {
        super("no supervision order " + number + " on " + caseNumber);
        this.caseNumber = caseNumber;
        this.number = number;
    }

    String caseNumber() {
        return caseNumber;
    }

    int number() {
        return number;
    }
}
