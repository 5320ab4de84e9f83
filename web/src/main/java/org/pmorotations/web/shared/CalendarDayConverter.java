package org.pmorotations.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar day written 2027-03-01, read strictly: 2027-02-30 is refused, never moved to
 * 2027-02-28 as a lenient parser does, and so are years the database and the rules cannot hold.
 * The message names the field by its label. Used by every date field and every date in an address
 * ({@code converter="calendarDay"}).
 */
@FacesConverter("calendarDay")
public class CalendarDayConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeException unreadable) {
            throw refused(context, component, value, "form.date.invalid");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw refused(context, component, value, "form.date.range");
        }
        return day;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /** The years a date of the pages may have: what every date column and rule holds. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    private static ConverterException refused(FacesContext context, UIComponent component, String value, String key) {
        return new ConverterException(FieldMessages.refused(context, component, key, value.strip(), FIRST_YEAR, LAST_YEAR));
    }
}
