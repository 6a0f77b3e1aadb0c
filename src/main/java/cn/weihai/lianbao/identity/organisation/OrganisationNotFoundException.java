package cn.weihai.lianbao.identity.organisation;

/** No organisation with this id (404 on the API). */
public class OrganisationNotFoundException extends RuntimeException {
    private final String id;

    public OrganisationNotFoundException(String id) {
        super("no organisation " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
