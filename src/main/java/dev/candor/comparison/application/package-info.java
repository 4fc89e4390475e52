/**
 * The panel comparison's application layer: the read model, report assembly, access rules and
 * exports. Its records are serialised with their null properties (a statistic that is not defined
 * is sent as null, not left out).
 */
@JsonbNillable
package dev.candor.comparison.application;

import jakarta.json.bind.annotation.JsonbNillable;
