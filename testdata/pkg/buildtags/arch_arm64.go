package main

const arch = "arm64"
