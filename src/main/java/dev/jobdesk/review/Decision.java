package dev.jobdesk.review;

public enum Decision {
    APPROVED("Approved"),
    CHANGES_REQUESTED("Changes requested");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
