/**
 * The figures of the home page, read with aggregate queries whose cost does not grow with
 * the number of rows they count.
 */
package org.pmorotations.service.overview;
