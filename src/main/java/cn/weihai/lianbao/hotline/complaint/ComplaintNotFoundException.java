package cn.weihai.lianbao.hotline.complaint;

/** No complaint with this ticket number (404 on the API). */
public class ComplaintNotFoundException extends RuntimeException {
    private final String ticketNumber;

    public ComplaintNotFoundException(String ticketNumber) {
        super("no complaint " + ticketNumber);
        this.ticketNumber = ticketNumber;
    }

    public String ticketNumber() {
        return ticketNumber;
    }
}
