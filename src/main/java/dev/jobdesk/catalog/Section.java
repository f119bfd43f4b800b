package dev.jobdesk.catalog;

import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The bullet lists a job description is made of, in the order they are read. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public enum Section implements Labelled {
    RESPONSIBILITY, LEVEL, MUST_HAVE, NICE_TO_HAVE, TOOL;

    /** The heading candidates see on the careers page. */
    public String publicHeading() {
        return words("publicHeading");
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
