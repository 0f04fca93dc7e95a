/** The written reports of an audit: the model built from its results and the renderers that write it as HTML with SVG charts. */
@NullMarked
package io.witness.app.report;

import org.jspecify.annotations.NullMarked;
