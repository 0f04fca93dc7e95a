package io.witness.sources.xes;

import io.witness.core.input.InputProblem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XES document: each trace's attributes, then each of its events, one at a time, so a log of
 * any size is read in little memory. Everything else at the log level (extensions, globals, classifiers
 * and the large {@code meta_*} statistics blocks) is skipped without being kept. The parser is the JDK's
 * StAX reader with DTDs and external entities off: a DTD is refused, an entity it would declare is an error.
 */
final class XesLogReader {

    /** Receives each event, with the trace it belongs to and its 1-based index there. */
    interface EventSink {
        void event(Trace trace, int index, XmlElement event);
    }

    /** A trace's attributes (read before its events) and where it starts. */
    record Trace(List<XmlElement> attributes, int line, int column) {

        /** The trace's {@code concept:name}: the case id. */
        Optional<String> name() {
            for (XmlElement attribute : attributes) {
                if (attribute.attribute("key").filter("concept:name"::equals).isPresent()) {
                    return attribute.attribute("value").filter(v -> !v.isBlank());
                }
            }
            return Optional.empty();
        }
    }

    private final String file;
    private final List<InputProblem> problems;
    private long events;

    XesLogReader(String file, List<InputProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads the document, giving each event to {@code sink}; returns the number of events read. */
    long read(InputStream in, EventSink sink) {
        events = 0;
        XMLStreamReader reader = null;
        try {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            reader = factory.createXMLStreamReader(in);
            if (!toRoot(reader)) {
                return events;
            }
            while (reader.hasNext()) {
                int type = reader.next();
                if (type == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("trace")) {
                    readTrace(reader, sink);
                } else if (type == XMLStreamConstants.START_ELEMENT) {
                    skip(reader);
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int cut = message.indexOf("Message: ");
            problems.add(new InputProblem(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber()), "",
                    "not well-formed XML: " + (cut >= 0 ? message.substring(cut + 9) : message)));
        } finally {
            close(reader);
        }
        return events;
    }

    private boolean toRoot(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int type = reader.next();
            if (type == XMLStreamConstants.DTD) {
                problem(reader, "", "expected an XES log without a DTD, found a <!DOCTYPE> declaration");
                return false;
            }
            if (type == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals("log")) {
                    return true;
                }
                problem(reader, "", "expected an XES log (a <log> root element), found <" + reader.getLocalName() + ">");
                return false;
            }
        }
        problems.add(new InputProblem(file, 0, 0, "", "expected an XES log (a <log> root element), found no element"));
        return false;
    }

    private void readTrace(XMLStreamReader reader, EventSink sink) throws XMLStreamException {
        Location start = reader.getLocation();
        List<XmlElement> attributes = new ArrayList<>();
        Trace trace = null;
        int index = 0;
        while (reader.hasNext()) {
            int type = reader.next();
            if (type == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (type != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            XmlElement element = element(reader);
            if (element.name().equals("event")) {
                if (trace == null) {
                    trace = new Trace(attributes, start.getLineNumber(), start.getColumnNumber());
                }
                events++;
                sink.event(trace, ++index, element);
            } else if (trace != null) {
                problems.add(new InputProblem(file, element.line(), element.column(), "/trace/" + trace.name().orElse("?"),
                        "expected the trace's attributes before its first event, found <" + element.name() + "> after it"));
            } else {
                attributes.add(element);
            }
        }
    }

    /** The element at the reader's start tag, read whole. */
    private static XmlElement element(XMLStreamReader reader) throws XMLStreamException {
        Location at = reader.getLocation();
        String name = reader.getLocalName();
        List<XmlElement.Attribute> attributes = new ArrayList<>(reader.getAttributeCount());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.add(new XmlElement.Attribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i)));
        }
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int type = reader.next();
            if (type == XMLStreamConstants.START_ELEMENT) {
                children.add(element(reader));
            } else if (type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (type == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XmlElement(name, attributes, text.toString().strip(), children, at.getLineNumber(), at.getColumnNumber());
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int type = reader.next();
            if (type == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (type == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void problem(XMLStreamReader reader, String path, String message) {
        Location at = reader.getLocation();
        problems.add(new InputProblem(file, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()), path, message));
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing releases the parser only; the input stream is the caller's and in memory.
            throw new IllegalStateException("Could not release the XML parser", e);
        }
    }
}
