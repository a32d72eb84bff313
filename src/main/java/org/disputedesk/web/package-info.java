/** Problem+json for every error and the request guards shared by every module; knows no domain type. */
package org.disputedesk.web;
