package dev.jobdesk.posting;

import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;

@TemplateData
public enum WorkplaceType implements Labelled {
    ONSITE, HYBRID, REMOTE
}
