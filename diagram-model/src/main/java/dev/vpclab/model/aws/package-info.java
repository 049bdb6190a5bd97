/**
 * Import of AWS CLI {@code describe-*} JSON output (a folder of it, flat, per Region or per account) into a
 * document: {@link dev.vpclab.model.aws.AwsImporter#importFolder}. Files are recognised by their top-level keys;
 * what the model cannot hold becomes an {@link dev.vpclab.model.aws.ImportWarning} with an English and a Korean
 * sentence from the {@code aws} bundle, and only unreadable JSON is an {@link dev.vpclab.model.aws.AwsImportException}.
 */
package dev.vpclab.model.aws;
