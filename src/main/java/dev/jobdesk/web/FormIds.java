package dev.jobdesk.web;

/** The id a form's select sent, as the services take it. */
public final class FormIds {

    private FormIds() {
    }

    /**
     * The id, or null for none or for anything that is not one: the step then refuses it as it
     * refuses a wrong choice, with a message the person can act on.
     */
    public static Long of(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
