package org.pmorotations.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.util.Locale;

/**
 * A yes-or-no written {@code true} or {@code false}, read strictly: any other word is refused with
 * a message naming the field, where JSF's own converter reads it as {@code false} and answers
 * the opposite of what was asked for. Used by the yes-or-no parameters of the addresses
 * ({@code converter="yesOrNo"}).
 */
@FacesConverter("yesOrNo")
public class YesOrNoConverter implements Converter<Boolean> {

    @Override
    public Boolean getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ConverterException(
                    FieldMessages.refused(context, component, "form.choice.invalid", value.strip(), "true, false"));
        };
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Boolean value) {
        return value == null ? "" : value.toString();
    }
}
