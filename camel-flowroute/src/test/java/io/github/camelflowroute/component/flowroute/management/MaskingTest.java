package io.github.camelflowroute.component.flowroute.management;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the component's views show of an access key and a callback URL. */
class MaskingTest {

    @Test
    void aLongAccessKeyShowsOnlyItsLastFourCharacters() {
        assertThat(Masking.accessKey("12345678abcdWXYZ")).isEqualTo("xxxxxxWXYZ");
    }

    @Test
    void aShortAccessKeyIsMaskedWhole() {
        assertThat(Masking.accessKey("short-key")).isEqualTo("xxxxxx");
    }

    @Test
    void theTokenOfACallbackUrlIsMaskedWhereverItStands() {
        assertThat(Masking.url("https://app.example.com/hook?token=s3cr3t")).isEqualTo(
                "https://app.example.com/hook?token=xxxxxx");
        assertThat(Masking.url("https://app.example.com/hook?a=1&token=s3cr3t&b=2")).isEqualTo(
                "https://app.example.com/hook?a=1&token=xxxxxx&b=2");
    }

    @Test
    void userInfoInAUrlIsMasked() {
        assertThat(Masking.url("https://user:pass@app.example.com/hook")).isEqualTo(
                "https://xxxxxx@app.example.com/hook");
    }

    @Test
    void otherParametersEndingInTokenAreLeftAlone() {
        assertThat(Masking.url("https://app.example.com/hook?pagetoken=1")).isEqualTo(
                "https://app.example.com/hook?pagetoken=1");
    }
}
