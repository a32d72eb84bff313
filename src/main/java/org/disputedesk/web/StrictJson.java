package org.disputedesk.web;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * What {@code spring.jackson.*} cannot say: a number is not a yes or no, and every string of a
 * request body follows {@link ClientText}.
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noNumbersForBooleans() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /**
     * Request bodies are read by a copy of the application's mapper that applies {@link ClientText}
     * to each string. Only they: what the application reads back from its own tables with that
     * mapper (the timeline's facts) must read as it was stored, even a text an older version took.
     */
    @Bean
    WebMvcConfigurer clientTextInRequestBodies(ObjectMapper json) {
        ObjectMapper requests = json.copy().registerModule(new SimpleModule("client-text")
                .addDeserializer(String.class, new ClientTextDeserializer()));
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                        ? new MappingJackson2HttpMessageConverter(requests) : converter);
            }
        };
    }

    /** A string as Jackson reads it (a number or boolean coerced as before), then {@link ClientText}. */
    private static final class ClientTextDeserializer extends StdScalarDeserializer<String> {

        ClientTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            try {
                return ClientText.accept(text);
            } catch (ClientText.Refused refused) {
                throw new RefusedString(parser, refused.getMessage());
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A string of the body that {@link ClientText} refuses; Jackson adds the path of its field. */
    static final class RefusedString extends MismatchedInputException {

        RefusedString(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }
}
