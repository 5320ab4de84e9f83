package org.pmorotations.web.rotation;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.timeline.Timeline;
import org.primefaces.component.timeline.TimelineRenderer;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.util.EscapeUtils;
import org.primefaces.util.FastStringWriter;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The timeline's renderer, writing the board's items ({@link BoardItem}) without drawing a
 * component per item (registered in faces-config.xml; any other item is drawn by the component's
 * own renderer, as before).
 *
 * <p>The component draws each item's text and tooltip by rendering the timeline's children and its
 * {@code eventTitle} facet once per item, each through a new response writer, and escapes every
 * value of the item for JavaScript; the escaper takes a fresh six-kilobyte buffer for each value
 * that needs any escaping, as every id with a hyphen does. A board of a quarter has about a
 * thousand items at 20,000 staff, so that was most of what the page cost. Here each item's text and
 * tooltip come from the item itself ({@link BoardItem#contentMarkup()}, {@link BoardItem#titleMarkup()}:
 * the words a user typed escaped for HTML), and are escaped for JavaScript with the component's own
 * escaper, as before. The ids, the row and the style classes the board makes of digits, letters,
 * hyphens and spaces are written as they are; anything else in them is escaped.
 */
public class BoardTimelineRenderer extends TimelineRenderer {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_ -]*");

    @Override
    protected String encodeEvent(FacesContext context, FastStringWriter fsw, FastStringWriter fswHtml, Timeline component,
                                 UIComponent eventTitleFacet, ZoneId zoneId, List<TimelineGroup<Object>> groups,
                                 TimelineEvent<?> event) throws IOException {
        if (!(event.getData() instanceof BoardItem item) || event.getStartDate() == null || event.getEndDate() == null
                || event.getSubgroup() != null) {
            return super.encodeEvent(context, fsw, fswHtml, component, eventTitleFacet, zoneId, groups, event);
        }
        DateTimeFormatter dates = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zoneId);
        StringBuilder json = new StringBuilder(512).append("{id:\"").append(plain(event.getId())).append('"')
                .append(",start:").append(date(dates, event.getStartDate()))
                .append(",end:").append(date(dates, event.getEndDate()));
        if (event.isEditableTime() != null || event.isEditableGroup() != null || event.isEditableRemove() != null) {
            json.append(",editable:{");
            String separator = "";
            if (event.isEditableTime() != null) {
                json.append("updateTime:").append(event.isEditableTime());
                separator = ",";
            }
            if (event.isEditableGroup() != null) {
                json.append(separator).append("updateGroup:").append(event.isEditableGroup());
                separator = ",";
            }
            if (event.isEditableRemove() != null) {
                json.append(separator).append("remove:").append(event.isEditableRemove());
            }
            json.append('}');
        }
        json.append(",group:").append(event.getGroup() == null ? "null" : "\"" + plain(event.getGroup()) + "\"");
        json.append(",className:").append(event.getStyleClass() == null ? "null" : "\"" + plain(event.getStyleClass()) + "\"");
        if (event.getType() != null) {
            json.append(",type:\"").append(plain(event.getType())).append('"');
        }
        json.append(",title:\"").append(EscapeUtils.forJavaScript(item.titleMarkup())).append('"');
        json.append(",content:\"").append(EscapeUtils.forJavaScript(item.contentMarkup())).append("\"}");
        return json.toString();
    }

    /** A value of the board's own making as it is; anything else escaped for a JavaScript string. */
    private static String plain(String value) {
        return PLAIN.matcher(value).matches() ? value : EscapeUtils.forJavaScript(value);
    }

    /** As the component writes a day: the browser reads an ISO instant (the board's days are UTC midnights). */
    private static String date(DateTimeFormatter dates, LocalDateTime time) {
        return "new Date('" + dates.format(time.atZone(dates.getZone())) + "')";
    }
}
