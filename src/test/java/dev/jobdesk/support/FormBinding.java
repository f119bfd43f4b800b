package dev.jobdesk.support;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What Quarkus REST and Hibernate Validator do with a posted form, for unit tests that run without
 * the app: a form record bound from parameters by its {@link RestForm} names, and a validator
 * configured as application.properties configures the app's.
 */
public final class FormBinding {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS)
            .buildValidatorFactory().getValidator();

    private FormBinding() {
    }

    public static Validator validator() {
        return VALIDATOR;
    }

    /** The record as the form binds it: a missing field is null, a list field takes every value. */
    public static <R extends Record> R bind(Class<R> form, MultivaluedMap<String, String> params) {
        RecordComponent[] components = form.getRecordComponents();
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                // @RestForm is not a record component annotation: Java puts it on the field.
                RestForm annotation = form.getDeclaredField(components[i].getName()).getAnnotation(RestForm.class);
                String name = annotation == null || annotation.value().isEmpty()
                        ? components[i].getName() : annotation.value();
                values[i] = components[i].getType() == List.class ? params.get(name) : params.getFirst(name);
            }
            return form.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot bind " + form.getSimpleName(), e);
        }
    }
}
