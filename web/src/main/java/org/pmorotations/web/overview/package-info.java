/** Backing beans of the overview (home) page. */
package org.pmorotations.web.overview;
