package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The bullet lists a job description is made of, in the order they are read. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public enum Section {
    RESPONSIBILITY("Responsibilities", "What you will do"),
    LEVEL("At this level", "At this level"),
    MUST_HAVE("Must-have skills", "What you bring"),
    NICE_TO_HAVE("Nice-to-have skills", "Nice to have"),
    TOOL("Tools and technology", "Tools and technology");

    private final String label;
    private final String publicHeading;

    Section(String label, String publicHeading) {
        this.label = label;
        this.publicHeading = publicHeading;
    }

    /** The heading hiring managers and leads see. */
    public String label() {
        return label;
    }

    /** The heading candidates see on the careers page. */
    public String publicHeading() {
        return publicHeading;
    }

    /** A list for every section, in reading order, none of them changeable: an empty one where none was given. */
    public static Map<Section, List<String>> everyList(Map<Section, List<String>> lists) {
        EnumMap<Section, List<String>> copy = new EnumMap<>(Section.class);
        for (Section section : values()) {
            copy.put(section, List.copyOf(lists.getOrDefault(section, List.of())));
        }
        return copy;
    }
}
