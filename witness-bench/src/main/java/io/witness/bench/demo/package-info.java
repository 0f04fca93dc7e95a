/**
 * The bundled demo tenant (examples/demo): a year of both sides' tickets and the operational exports of a
 * 150-person client, generated from a fixed seed, with the figures an audit must find worked out from the
 * plan itself (not by Witness's engine) in expected.yaml.
 */
@NullMarked
package io.witness.bench.demo;

import org.jspecify.annotations.NullMarked;
