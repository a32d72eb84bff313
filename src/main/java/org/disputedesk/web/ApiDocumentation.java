package org.disputedesk.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;


import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /v3/api-docs}, written for clients generated from it: HTTP Basic
 * on every operation, every error as {@code application/problem+json} under the statuses that can
 * answer the operation, and one schema name per type.
 *
 * <p>The errors are derived here from the shape of each operation rather than repeated on every
 * handler; a handler declares only the refusals particular to it (a 422 rule, a role check), with
 * a description, and gets the problem body from here too.
 */
@Configuration
class ApiDocumentation {

    private static final String BASIC_AUTH = "basicAuth";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI disputeDeskApi() {
        String version = Objects.requireNonNullElse(ApiDocumentation.class.getPackage().getImplementationVersion(),
                "development");
        return new OpenAPI()
                .info(new Info().title("Dispute Desk API").version(version).description("""
                        Complaints between buyers and the shops of an e-commerce park: filing, the steps of \
                        shop, buyer, mediator and standards committee, messages and evidence. Every error is \
                        `application/problem+json` (RFC 9457)."""))
                // Relative, so that the document holds on whatever host and port serves it.
                .servers(List.of(new Server().url("/").description("The server that serves this document")))
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The desk's username and password; every operation needs them.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
    }

    /** Adds the problem responses to every operation and sorts each operation's responses by status. */
    @Bean
    OpenApiCustomizer documentedErrors() {
        return openApi -> {
            Schema<?> problem = problemSchema(openApi);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                documentErrors(path, method, operation);
                operation.getResponses().forEach((status, response) -> {
                    if (isError(status)) {
                        response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)));
                    }
                });
                ApiResponses sorted = new ApiResponses();
                operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
                operation.setResponses(sorted);
            }));
        };
    }

    /**
     * The statuses an operation can answer by its shape; a handler's own description of one of them
     * is kept. Every POST on a case is one of its steps ({@code Step}): the role check, the stage
     * check and the case's lock apply to each.
     */
    private static void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean post = method == PathItem.HttpMethod.POST;
        boolean step = post && path.startsWith("/api/complaints/{id}/");
        if (body || checksParameters(operation)) {
            add(responses, HttpStatus.BAD_REQUEST,
                    "Malformed JSON, or invalid fields or parameters: `errors` names each one.");
        }
        add(responses, HttpStatus.UNAUTHORIZED, "No credentials, or wrong ones.")
                .addHeaderObject("WWW-Authenticate", header("The scheme to sign in with: Basic."));
        if (step) {
            add(responses, HttpStatus.FORBIDDEN, "The caller sees the case, but their role may not take this step.");
            add(responses, HttpStatus.CONFLICT, "The step is not open: the case is at another stage (`stage` "
                    + "names it), or another request or a deadline took the step first. Nothing was changed.");
        }
        if (path.contains("{")) {
            add(responses, HttpStatus.NOT_FOUND, "No such resource, or a case the caller may not see.");
        }
        if (body) {
            add(responses, HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large (JSON: over 64 KB).");
            add(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not of a media type this operation takes.");
        }
        if (post) {
            add(responses, HttpStatus.SERVICE_UNAVAILABLE, "The case was busy with another request: nothing was "
                    + "changed, and the same request is likely to succeed after `Retry-After` seconds.");
        }
        ApiResponse created = responses.get(Integer.toString(HttpStatus.CREATED.value()));
        if (created != null) {
            created.addHeaderObject("Location", header("Where what was created is read.")
                    .schema(ofType("string").format("uri-reference")));
        }
        for (HttpStatus waiting : List.of(HttpStatus.TOO_MANY_REQUESTS, HttpStatus.SERVICE_UNAVAILABLE)) {
            ApiResponse response = responses.get(Integer.toString(waiting.value()));
            if (response != null) {
                response.addHeaderObject("Retry-After", header("Seconds to wait before trying again.")
                        .schema(ofType("integer").minimum(BigDecimal.ONE)));
            }
        }
    }

    /** Whether a parameter can be refused: a path segment that is any string never is. */
    private static boolean checksParameters(Operation operation) {
        List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
        return parameters.stream().anyMatch(p -> !"path".equals(p.getIn()) || !isAnyString(p.getSchema()));
    }

    private static boolean isAnyString(Schema<?> schema) {
        boolean string = "string".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().equals(Set.of("string")));
        return string && schema.getFormat() == null && schema.getEnum() == null && schema.getPattern() == null
                && schema.getMaxLength() == null && schema.getMinLength() == null;
    }

    private static ApiResponse add(ApiResponses responses, HttpStatus status, String description) {
        return responses.computeIfAbsent(Integer.toString(status.value()),
                code -> new ApiResponse().description(description));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(ofType("string"));
    }

    /** A schema of one JSON type, as the 3.1 document writes it ({@code type} alone is not written there). */
    private static Schema<?> ofType(String type) {
        return new JsonSchema().typesItem(type);
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    /** Resolves {@link Problem} into the components and answers a reference to it. */
    private static Schema<?> problemSchema(OpenAPI openApi) {
        Components components = openApi.getComponents();
        return SpringDocAnnotationsUtils.extractSchema(components, Problem.class, null, null,
                openApi.getSpecVersion());
    }

    /**
     * The body of every error, as {@code ProblemDetail} writes it: RFC 9457's members and the ones
     * this API adds. Only a schema: the handlers build {@code ProblemDetail}s.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Problem",
            description = "An error, as RFC 9457 problem details (`application/problem+json`).")
    record Problem(
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = REQUIRED, format = "uri-reference",
                    defaultValue = "about:blank", description = "A URI naming the kind of problem.")
            URI type,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = REQUIRED, example = "Step not open",
                    description = "A short summary of the kind of problem.")
            String title,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = REQUIRED, example = "409",
                    description = "The HTTP status code.")
            int status,
            @io.swagger.v3.oas.annotations.media.Schema(description = "What went wrong this time, for a person.")
            String detail,
            @io.swagger.v3.oas.annotations.media.Schema(format = "uri-reference",
                    description = "The request's path.")
            URI instance,
            @io.swagger.v3.oas.annotations.media.Schema(description = "400: each invalid field or parameter. 422 of "
                    + "a shop import: each bad line of the file.")
            List<ProblemError> errors,
            @io.swagger.v3.oas.annotations.media.Schema(description = "409: the stage the case is at.")
            String stage,
            @io.swagger.v3.oas.annotations.media.Schema(description = "429: seconds to wait, as in `Retry-After`.")
            Long retryAfterSeconds,
            @io.swagger.v3.oas.annotations.media.Schema(description = "403: the caller signed in with a temporary "
                    + "password, and may only read `GET /api/me` and choose a new one with `POST /api/me/password`.")
            Boolean passwordChangeRequired) {
    }

    /**
     * An entry of a problem's {@code errors}: an invalid field of a 400 ({@code InvalidFields.FieldError}),
     * or a bad line of an import's file for its 422.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ProblemError",
            description = "What is wrong, and where: a field or parameter, or a line of an imported file.")
    record ProblemError(
            @io.swagger.v3.oas.annotations.media.Schema(description = "400: the invalid field or parameter.")
            String field,
            @io.swagger.v3.oas.annotations.media.Schema(description = "422 of an import: the line of the file, the "
                    + "header being line 1.")
            Integer line,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = REQUIRED, description = "What is wrong.")
            String message) {
    }
}
