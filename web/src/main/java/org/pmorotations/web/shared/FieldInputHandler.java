package org.pmorotations.web.shared;

import jakarta.el.ELContext;
import jakarta.el.ValueExpression;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.event.ComponentSystemEventListener;
import jakarta.faces.event.PreRenderComponentEvent;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagException;
import jakarta.faces.view.facelets.TagHandler;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of {@code <r:field>} that ties the input of its body to the rest of the block: the
 * input is described by the block's hint, its message and any other ids given
 * ({@code aria-describedby}), and is marked {@code aria-invalid="true"} exactly while it has a
 * message or its value was refused, which the style sheet draws as an error. Decided each time the
 * input is drawn, when the messages of the request are known: a page never says by hand which
 * input is in error.
 */
public final class FieldInputHandler extends TagHandler {

    private final TagAttribute forInput;
    private final TagAttribute hint;
    private final TagAttribute message;
    private final TagAttribute problems;
    private final TagAttribute describedBy;

    public FieldInputHandler(TagConfig config) {
        super(config);
        forInput = getRequiredAttribute("for");
        hint = getAttribute("hint");
        message = getAttribute("message");
        problems = getAttribute("problems");
        describedBy = getAttribute("describedBy");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) {
        String id = forInput.getValue(context);
        UIComponent input = find(parent, id);
        if (input == null) {
            throw new TagException(tag, "The field for \"" + id + "\" has no input of that id in its body.");
        }
        boolean known = input.getListenersForEventClass(PreRenderComponentEvent.class).stream().anyMatch(Described.class::isInstance);
        if (!known) {
            input.subscribeToEvent(PreRenderComponentEvent.class, new Described(
                    hint == null ? null : hint.getValueExpression(context, Boolean.class), message == null || message.getBoolean(context),
                    problems == null ? null : problems.getValueExpression(context, Object.class),
                    describedBy == null ? "" : describedBy.getValue(context)));
        }
    }

    /** The component of that id under {@code parent}, within the same naming container. */
    private static UIComponent find(UIComponent parent, String id) {
        for (UIComponent child : parent.getChildren()) {
            if (id.equals(child.getId())) {
                return child;
            }
            if (!(child instanceof NamingContainer)) {
                UIComponent below = find(child, id);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    /**
     * Describes the input as it is drawn; whether it has a hint is known then (the page's data may
     * decide). {@code problems}: the bean whose {@code hasProblem(field)} lists refusals of the
     * input below it, or null.
     */
    record Described(ValueExpression hinted, boolean messaged, ValueExpression problems, String others) implements ComponentSystemEventListener, Serializable {

        @Override
        public void processEvent(ComponentSystemEvent event) {
            UIComponent input = event.getComponent();
            FacesContext faces = event.getFacesContext();
            String clientId = input.getClientId(faces);
            String prefix = clientId.substring(0, clientId.length() - input.getId().length());
            Object bean = problems == null ? null : problems.getValue(faces.getELContext());
            List<String> ids = new ArrayList<>();
            if (hinted != null && Boolean.TRUE.equals(hinted.getValue(faces.getELContext()))) {
                ids.add(input.getId() + "Hint");
            }
            if (messaged) {
                ids.add(prefix + input.getId() + "Message");
            }
            if (bean != null) {
                ids.add(prefix + input.getId() + "Problems");
            }
            if (others != null && !others.isBlank()) {
                ids.add(others.strip());
            }
            Map<String, Object> attributes = input.getPassThroughAttributes();
            if (ids.isEmpty()) {
                attributes.remove("aria-describedby");
            } else {
                attributes.put("aria-describedby", String.join(" ", ids));
            }
            boolean refused = input instanceof EditableValueHolder holder && !holder.isValid();
            if (refused || !faces.getMessageList(clientId).isEmpty() || bean != null && hasProblem(faces, bean, input.getId())) {
                attributes.put("aria-invalid", "true");
            } else {
                attributes.remove("aria-invalid");
            }
        }

        private static boolean hasProblem(FacesContext faces, Object bean, String field) {
            ELContext el = faces.getELContext();
            return Boolean.TRUE.equals(el.getELResolver().invoke(el, bean, "hasProblem", new Class<?>[] {String.class}, new Object[] {field}));
        }
    }
}
