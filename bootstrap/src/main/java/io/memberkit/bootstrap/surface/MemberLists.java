package io.memberkit.bootstrap.surface;

import io.memberkit.bootstrap.udata.Json;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.DesiredMember;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Desired member lists and invitee lists, read from CSV or JSON. Every refusal of a bad line is an
 * {@link InvalidInput} on the given field whose message names the line, so nothing is half-read.
 * <ul>
 *   <li>CSV: {@code user_or_email,role,assignments}, assignments as {@code Dataset:id;Dataset:id}; a first line
 *       starting with {@code user_or_email} is a header; blank lines and lines starting with {@code #} are skipped;
 *       lines are numbered as in the file.</li>
 *   <li>JSON: an array of {@code {"user" | "email", "role", "assignments"}}, assignments as {@code "Dataset:id"}
 *       or uData's {@code {"class", "id"}}; entries are numbered from 1.</li>
 * </ul>
 */
public final class MemberLists {
    private MemberLists() {
    }

    /** A user id, or an email address when it has an {@code @}. */
    public static Invitee invitee(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "a user id or an email address is required");
        }
        var text = value.strip();
        return text.contains("@") ? new Invitee.ByEmail(EmailAddress.parse(text, field))
                : new Invitee.Known(new UserId(text));
    }

    /** JSON when the text is an array, CSV otherwise. */
    public static List<DesiredMember> desired(String text, String field) {
        if (text.stripLeading().startsWith("[")) {
            try {
                return desired(Json.read(text), field);
            } catch (IOException e) {
                throw InvalidInput.of(field, "is not valid JSON: " + e.getMessage());
            }
        }
        var result = new ArrayList<DesiredMember>();
        var lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")
                    || result.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith("user_or_email")) {
                continue;
            }
            var cells = line.split(",", -1);
            if (cells.length > 3) {
                throw InvalidInput.of(field, "line " + number + ": expected user_or_email,role,assignments");
            }
            var who = onLine(number, field, () -> invitee(cells[0], "user_or_email"));
            var role = cells.length < 2 || cells[1].isBlank() ? MemberRole.EDITOR
                    : onLine(number, field, () -> UdataText.role(cells[1].strip(), "role"));
            Set<SubjectRef> assignments = new LinkedHashSet<>();
            if (cells.length == 3) {
                for (var item : cells[2].split(";")) {
                    if (!item.isBlank()) {
                        assignments.add(onLine(number, field, () -> UdataText.subject(item.strip(), "assignments")));
                    }
                }
            }
            result.add(onLine(number, field, () -> new DesiredMember(number, who, role, assignments)));
        }
        return result;
    }

    /** A JSON array of desired members. */
    public static List<DesiredMember> desired(JsonNode array, String field) {
        if (array == null || !array.isArray()) {
            throw InvalidInput.of(field, "must be a list of {\"user\" or \"email\", \"role\", \"assignments\"}");
        }
        var result = new ArrayList<DesiredMember>();
        int number = 0;
        for (var item : array.values()) {
            int line = ++number;
            if (!item.isObject()) {
                throw InvalidInput.of(field, "line " + line + ": must be an object");
            }
            var user = string(item, "user", line, field);
            var email = string(item, "email", line, field);
            if ((user == null) == (email == null)) {
                throw InvalidInput.of(field, "line " + line + ": give either user or email");
            }
            Invitee who = user != null ? new Invitee.Known(new UserId(user))
                    : onLine(line, field, () -> new Invitee.ByEmail(EmailAddress.parse(email, "email")));
            var roleText = string(item, "role", line, field);
            var role = roleText == null ? MemberRole.EDITOR : onLine(line, field, () -> UdataText.role(roleText, "role"));
            var assignments = new LinkedHashSet<SubjectRef>();
            var given = item.get("assignments");
            if (given != null && !given.isNull()) {
                if (!given.isArray()) {
                    throw InvalidInput.of(field, "line " + line + ": assignments must be a list");
                }
                for (var ref : given.values()) {
                    assignments.add(onLine(line, field, () -> subject(ref)));
                }
            }
            result.add(onLine(line, field, () -> new DesiredMember(line, who, role, assignments)));
        }
        return result;
    }

    /** Invitees, one a line (a CSV's first cell), or a JSON array of strings; blank and {@code #} lines skipped. */
    public static List<NumberedInvitee> invitees(String text, String field) {
        var result = new ArrayList<NumberedInvitee>();
        if (text.stripLeading().startsWith("[")) {
            JsonNode array;
            try {
                array = Json.read(text);
            } catch (IOException e) {
                throw InvalidInput.of(field, "is not valid JSON: " + e.getMessage());
            }
            int number = 0;
            for (var item : array.values()) {
                int line = ++number;
                if (!item.isString()) {
                    throw InvalidInput.of(field, "line " + line + ": must be a user id or an email address");
                }
                result.add(new NumberedInvitee(line, onLine(line, field, () -> invitee(item.getStringValue(),
                        "user_or_email"))));
            }
            return result;
        }
        var lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")
                    || result.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith("user_or_email")) {
                continue;
            }
            var first = line.split(",", -1)[0];
            result.add(new NumberedInvitee(number, onLine(number, field, () -> invitee(first, "user_or_email"))));
        }
        if (result.isEmpty()) {
            throw InvalidInput.of(field, "names nobody");
        }
        return result;
    }

    /** An invitee and the line of the file it comes from. */
    public record NumberedInvitee(int line, Invitee invitee) {
    }

    private static SubjectRef subject(JsonNode ref) {
        if (ref.isString()) {
            return UdataText.subject(ref.getStringValue(), "assignments");
        }
        var kind = ref.isObject() ? ref.get("class") : null;
        var id = ref.isObject() ? ref.get("id") : null;
        if (kind == null || id == null || !kind.isString() || !id.isString()) {
            throw InvalidInput.of("assignments", "must be \"Class:id\" or {\"class\": ..., \"id\": ...}");
        }
        return new SubjectRef(UdataText.subjectClass(kind.getStringValue(), "assignments"), id.getStringValue());
    }

    private static String string(JsonNode item, String name, int line, String field) {
        var value = item.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw InvalidInput.of(field, "line " + line + ": " + name + " must be a string");
        }
        return value.getStringValue();
    }

    private static <T> T onLine(int line, String field, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInput invalid) {
            throw InvalidInput.of(field, "line " + line + ": " + String.join("; ", invalid.errors().entrySet()
                    .stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue())).toList()));
        }
    }
}
