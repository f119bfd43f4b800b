package dev.jobdesk.posting;

import java.util.List;

/**
 * What the edit page tells the manager, and where: a notice about a button pressed (a list edit,
 * Apply level) stands in that button's fieldset, where the page opens, so it is read before anything
 * else; {@link #details} are the level texts kept in the manager's own wording.
 */
public record EditNotice(String at, String text, List<LevelSwitch.KeptWording> details) {

    static final String TOP = "top";

    public static EditNotice none() {
        return new EditNotice(TOP, null, List.of());
    }

    public static EditNotice atTop(String text) {
        return new EditNotice(TOP, text, List.of());
    }

    /** The notice after a list button or Apply level, in the fieldset of the list it edited. */
    static EditNotice afterEdit(String edit, LevelSwitch level) {
        if (level.happened()) {
            return new EditNotice("LEVEL", "Now at the " + level.form().chosenLevel().orElseThrow().levelName()
                    + " level: its years, summary, responsibilities and KPI targets are in. Not saved yet: use Save draft.",
                    level.keptWordings());
        }
        String[] parts = edit.split(":");
        // "Apply level" on the level already held changes nothing, but the page still opens at the level.
        String at = "level".equals(edit) ? "LEVEL" : parts.length > 1 ? parts[1] : TOP;
        return new EditNotice(at, "Not saved yet: use Save draft to keep your changes.", List.of());
    }

    /** Whether the form shown holds changes not saved yet: after a list button or Apply level. */
    public boolean unsaved() {
        return text != null && !TOP.equals(at);
    }

    public boolean isAt(String fieldset) {
        return text != null && at.equals(fieldset);
    }
}
