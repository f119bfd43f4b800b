package dev.jobdesk.posting;

import io.quarkus.qute.TemplateData;

@TemplateData
public enum WorkplaceType {
    ONSITE("On-site"),
    HYBRID("Hybrid"),
    REMOTE("Remote");

    private final String label;

    WorkplaceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
