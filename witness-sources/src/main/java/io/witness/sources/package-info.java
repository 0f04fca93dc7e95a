/** Importers and live connectors that turn foreign ticket formats into observations (issue #6). */
@NullMarked
package io.witness.sources;

import org.jspecify.annotations.NullMarked;
