package dev.jobdesk.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Form fields for a POST, in order. */
public final class Form {

    private Form() {
    }

    public static Map<String, Object> of(Object... nameValuePairs) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            form.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return form;
    }
}
