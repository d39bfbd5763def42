package dev.cadenza.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cadenza.theory.qa.Intent;
import java.io.IOException;

/** The one JSON configuration of CLI output and HTTP bodies, so both print the same contract. */
public final class Json {
  private Json() {}

  public static ObjectMapper mapper() {
    SimpleModule labels = new SimpleModule("cadenza-labels");
    labels.addSerializer(Intent.class, new StdSerializer<>(Intent.class) {
      @Override
      public void serialize(Intent intent, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeString(intent.label());
      }
    });
    return new ObjectMapper()
        .registerModule(labels)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }
}
