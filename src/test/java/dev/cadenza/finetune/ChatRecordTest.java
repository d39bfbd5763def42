package dev.cadenza.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatRecordTest {
  private static final Pair PAIR = new Pair(Family.CADENCE, "G major",
      "In G major the phrase ends D7 to G. What cadence is this?",
      "In G major, D7 is V7 and G is I, so the phrase ends V7 to I.");

  @Test
  void textFollowsTheLlamaTwoChatTemplateExactly() {
    assertThat(ChatRecord.of(PAIR).text()).isEqualTo("<s>[INST] <<SYS>>\n"
        + "You are a helpful assistant that provides accurate and concise responses related to music theory.\n"
        + "<</SYS>>\n\n"
        + "In G major the phrase ends D7 to G. What cadence is this? [/INST] "
        + "In G major, D7 is V7 and G is I, so the phrase ends V7 to I. </s>");
  }

  @Test
  void aRecordIsOneJsonLineWithMessagesTextFamilyAndVerified() {
    String line = DatasetWriter.line(ChatRecord.of(PAIR));

    assertThat(line).isEqualTo("{\"messages\":["
        + "{\"role\":\"system\",\"content\":\"You are a helpful assistant that provides accurate and concise responses"
        + " related to music theory.\"},"
        + "{\"role\":\"user\",\"content\":\"In G major the phrase ends D7 to G. What cadence is this?\"},"
        + "{\"role\":\"assistant\",\"content\":\"In G major, D7 is V7 and G is I, so the phrase ends V7 to I.\"}],"
        + "\"text\":\"<s>[INST] <<SYS>>\\nYou are a helpful assistant that provides accurate and concise responses"
        + " related to music theory.\\n<</SYS>>\\n\\nIn G major the phrase ends D7 to G. What cadence is this? [/INST]"
        + " In G major, D7 is V7 and G is I, so the phrase ends V7 to I. </s>\","
        + "\"family\":\"cadence\",\"verified\":true}");
  }

  @Test
  void everyWrittenRecordsTextIsItsMessagesInTheTemplate() {
    for (Split split : Split.values()) {
      assertThat(BuiltDataset.records(split)).allSatisfy(r -> assertThat(r.get("text").asText()).isEqualTo(
          new ChatRecord(r.get("messages").get(0).get("content").asText(), BuiltDataset.user(r),
              BuiltDataset.assistant(r), r.get("family").asText(), true).text()));
    }
  }
}
