package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.calendar.CalendarYaml;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a contract file: {@code calendars} (name → calendar block, as docs/calendar.md), {@code clocks}
 * (name → clock, as docs/clocks.md) and {@code status_classes} (side → status text → class). Every
 * problem in the file is reported at once, each with its line, column and path.
 */
public final class ContractYaml {

    private static final List<String> KEYS = List.of("calendars", "clocks", "status_classes");

    private ContractYaml() {
    }

    /**
     * @param text the file's content, not null
     * @param source the file's name for messages, not null
     * @throws io.witness.core.input.InputRejected with every problem found
     */
    public static Contract parse(String text, String source) {
        Problems problems = new Problems();
        Optional<Contract> contract = YamlDocument.parse(text, source, problems).flatMap(ContractYaml::read);
        problems.throwIfAny();
        return contract.orElseThrow();
    }

    private static Optional<Contract> read(YamlNode root) {
        Map<String, YamlNode> f = root.entries(KEYS);
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        if (f.containsKey("calendars")) {
            f.get("calendars").entries().forEach((name, node) -> CalendarYaml.read(node).ifPresent(c -> calendars.put(name, c)));
        }
        List<ClockDefinition> clocks = new ArrayList<>();
        if (f.containsKey("clocks")) {
            f.get("clocks").entries().forEach((name, node) -> ClockYaml.read(name, node, calendars).ifPresent(clocks::add));
        } else {
            root.fail("a contract needs clocks: at least one of " + "response, plan, resolution, next_reply, update");
        }
        Map<Side, Map<String, StatusClass>> statusClasses = new EnumMap<>(Side.class);
        if (f.containsKey("status_classes")) {
            f.get("status_classes").entries(List.of("client", "provider")).forEach((side, node) ->
                    statusClasses.put(Side.fromWire(side), statusMap(node)));
        }
        return root.problems().isEmpty() ? Optional.of(new Contract(calendars, clocks, statusClasses)) : Optional.empty();
    }

    private static Map<String, StatusClass> statusMap(YamlNode node) {
        Map<String, StatusClass> map = new LinkedHashMap<>();
        node.entries().forEach((status, value) -> value.text().ifPresent(text -> StatusClass.fromWire(text)
                .ifPresentOrElse(c -> map.put(status, c), () -> value.fail("expected a status class: "
                        + Arrays.stream(StatusClass.values()).map(StatusClass::wireName).collect(Collectors.joining(", "))
                        + "; found '" + text + "'"))));
        return map;
    }
}
