/** The web portal: server-rendered pages in zh-CN and English over the other modules; every form posts to the API. */
package org.disputedesk.portal;
